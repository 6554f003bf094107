import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2 + x[0]
eye = torch.eye(3)
J, = torch.autograd.grad(y, x, grad_outputs=eye, is_grads_batched=True)
print(J)
J2 = torch.autograd.functional.jacobian(lambda t: t ** 2 + t[0], x.detach(), vectorize=True)
print(torch.equal(J, J2))
J3 = torch.autograd.functional.jacobian(lambda t: t ** 2 + t[0], x.detach(), vectorize=True, strategy="forward-mode")
print(J3)
try:
    torch.autograd.functional.jacobian(lambda t: t ** 2, x.detach(), strategy="forward-mode")
except Exception as e:
    print(type(e).__name__, e)
