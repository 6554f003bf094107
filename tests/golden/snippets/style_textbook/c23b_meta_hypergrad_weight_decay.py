import torch

# Gradient of validation loss w.r.t. a weight-decay coefficient through 3 unrolled steps
log_wd = torch.tensor(-1.0, requires_grad=True)
xt = torch.tensor([1.0, 2.0, 3.0, 4.0])
yt = torch.tensor([1.2, 1.9, 3.2, 3.9])
w = torch.tensor(0.0)
for k in range(3):
    w = w.requires_grad_() if not w.requires_grad else w
    loss = ((w * xt - yt) ** 2).mean() + log_wd.exp() * w ** 2
    g, = torch.autograd.grad(loss, w, create_graph=True)
    w = w - 0.02 * g
val = ((w * 5.0 - 5.1) ** 2)
val.backward()
print(round(w.item(), 4), round(val.item(), 4), round(log_wd.grad.item(), 4))
