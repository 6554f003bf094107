import torch

x = torch.tensor([1., 2.])
print(x.unsqueeze_(0), x.shape)
w = torch.ones(2, requires_grad=True)
try:
    w.unsqueeze_(0)
except RuntimeError as e:
    print("RuntimeError:", e)
y = w * 2
y.unsqueeze_(0)
print(y)
y.sum().backward()
print(w.grad)
z = w * 0.5
z.tan_()
print(z)
print(torch.sin_(torch.ones(1)), torch.exp_(torch.zeros(2)))
v = torch.tensor([0.5, 2.5, -1.5])
print(v.clone().floor_(), v.clone().frac_(), v.clone().sign_(), v.clone().clamp_min_(0.0), v.clone().atan_())
