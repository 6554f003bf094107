# autograd.grad and backward(inputs=) differentiate only toward the inputs asked for:
# zeta has no gradient for x, yet q's gradient is computed while x also requires grad.
import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
q = torch.tensor([1.5, 2.5], requires_grad=True)
out = torch.special.zeta(x, q).sum()
print(torch.autograd.grad(out, q, retain_graph=True))
out.backward(inputs=[q])
print(q.grad, x.grad)
try:
    torch.autograd.grad(out, x)
except Exception as e:
    print(type(e).__name__, e)

# a hook on the node sees None for the input's gradient nobody asked for
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = a * b
c.grad_fn.register_hook(lambda gi, go: print("MulBackward0 gives", gi))
torch.autograd.grad(c.sum(), b)
c = a * b
c.grad_fn.register_hook(lambda gi, go: print("MulBackward0 gives", gi))
(a * 2 + c).sum().backward(inputs=[a])
print(a.grad, b.grad)
