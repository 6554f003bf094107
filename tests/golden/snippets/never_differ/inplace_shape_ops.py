import torch
w = torch.ones(2, 1, 3, requires_grad=True)
for f in ['squeeze_()', 'squeeze_(1)', 't_()', 'transpose_(0, 1)', 'unsqueeze_(0)', 'swapdims_(0,1)']:
    y = (w * 2) if 't_' not in f else (w[0] * 2)
    r = eval('y.' + f); print(f, r.shape, type(r.grad_fn).__name__, r is y)
    (r * torch.arange(float(r.numel())).reshape(r.shape)).sum().backward()
    print(w.grad.flatten().tolist()); w.grad = None
x = torch.ones(2, 3)
print(x.t_().shape, x.squeeze_().shape, torch.zeros(1, 2).squeeze_(0).shape)
try:
    w.t_()
except RuntimeError as e:
    print("RuntimeError:", e)
