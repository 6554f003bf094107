# Q: "Trying to backward through the graph a second time" when two losses share a trunk; three fixes.
import torch

torch.manual_seed(0)
lin = torch.nn.Linear(4, 4)
x = torch.randn(2, 4)
h = torch.tanh(lin(x))
loss1 = h.sum()
loss2 = (h ** 2).mean()
loss1.backward()
try:
    loss2.backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
lin.zero_grad()
h = torch.tanh(lin(x))
(h.sum()).backward(retain_graph=True)
(h ** 2).mean().backward()
g1 = lin.weight.grad.clone()
lin.zero_grad()
h = torch.tanh(lin(x))
(h.sum() + (h ** 2).mean()).backward()
print(torch.allclose(g1, lin.weight.grad))
print(lin.bias.grad)
y = x.requires_grad_()
z = (y * y).sum()
z.backward()
try:
    z.backward()
except RuntimeError as e:
    print("second:", "retain_graph=True" in str(e))
