import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
lr = torch.tensor(0.1, requires_grad=True)
w_clone = w.clone()
opt = torch.optim.SGD([w_clone], lr=lr, differentiable=True)
try:
    loss = (w_clone ** 2).sum()
    w_clone.grad = torch.autograd.grad(loss, w_clone, create_graph=True)[0]
    opt.step()
    print(w_clone)
except Exception as e:
    print(type(e).__name__, str(e)[:80])
