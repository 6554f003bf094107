import torch

# An optimizer whose step stays in the graph: SGD(differentiable=True) on a non-leaf copy
w_meta = torch.tensor([1.0, -2.0], requires_grad=True)
w = w_meta.clone()
opt = torch.optim.SGD([w], lr=0.1, differentiable=True)
print(opt.defaults["differentiable"])
loss = (w ** 2).sum()
w.grad, = torch.autograd.grad(loss, w, create_graph=True)
try:
    opt.step()
except Exception as e:
    print(type(e).__name__, str(e)[:80])
print(w, w.grad_fn.name() if w.grad_fn else None)
