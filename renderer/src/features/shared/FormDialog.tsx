// The one dialog every form opens in. Its body scrolls inside the window so the 保存 footer stays
// in view on a 1366×768 screen; it opens with the first field focused (not the ✕), Enter in a
// single-line field saves, and closing it — Esc, ✕, 取消 — after something was typed asks first,
// so a half-filled form is never thrown away by one keystroke.
import { useRef, type ReactNode } from 'react';
import { App, Modal, type FormInstance, type ModalProps } from 'antd';
import { firstField, submitOnEnter } from './form-keys';

export interface FormDialogProps extends Omit<ModalProps, 'open' | 'onOk' | 'onCancel' | 'afterOpenChange' | 'children'> {
  open?: boolean;
  /** The dialog's form: when any field was touched, closing asks before throwing it away. */
  form?: FormInstance | undefined;
  /** Whether something was typed, for dialogs whose state is not an antd form. */
  dirty?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function FormDialog({ open = true, form, dirty, onSubmit, onClose, children, okText = '保存', cancelText = '取消', ...rest }: FormDialogProps) {
  const { modal } = App.useApp();
  const body = useRef<HTMLDivElement>(null);
  const asking = useRef(false);

  const requestClose = () => {
    const typed = dirty ?? form?.isFieldsTouched() ?? false;
    if (!typed) return onClose();
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: '放弃填写的内容？',
      content: '关闭后，这次填写的内容不会保存。',
      okText: '放弃并关闭',
      cancelText: '继续填写',
      okButtonProps: { danger: true },
      onOk: onClose,
      afterClose: () => { asking.current = false; },
    });
  };

  return (
    <Modal
      {...rest}
      open={open}
      okText={okText}
      cancelText={cancelText}
      onOk={onSubmit}
      onCancel={requestClose}
      afterOpenChange={(opened) => { if (opened) firstField(body.current)?.focus(); }}
    >
      <div ref={body} onKeyDown={submitOnEnter(onSubmit)}>{children}</div>
    </Modal>
  );
}
