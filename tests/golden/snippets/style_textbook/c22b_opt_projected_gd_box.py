import torch

Q = torch.tensor([[2.0, 0.5], [0.5, 1.0]])
c = torch.tensor([-4.0, -3.0])
x = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([x], lr=0.2)
for it in range(8):
    opt.zero_grad()
    f = 0.5 * x @ Q @ x + c @ x
    f.backward()
    opt.step()
    with torch.no_grad():
        x.clamp_(0.0, 1.0)
    if it % 2 == 1:
        print(it, round(f.item(), 4), x.data)
print(x.is_leaf, x.requires_grad)
