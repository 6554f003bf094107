# two backward calls through the same derivative graph
import torch

x = torch.tensor([[0.3], [0.7]], dtype=torch.float64, requires_grad=True)
w = torch.tensor([[2.0]], dtype=torch.float64, requires_grad=True)
u = torch.tanh(x @ w)
ux, = torch.autograd.grad(u.sum(), x, create_graph=True)
loss1 = ux.pow(2).mean()
loss2 = u.pow(2).mean()
loss1.backward(retain_graph=True)
print(w.grad.round(decimals=6))
loss2.backward()
print(w.grad.round(decimals=6))
try:
    loss1.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])
