# Q: training loop crashes on the 2nd iteration with "Trying to backward through the graph a second time".
import torch

torch.manual_seed(0)
w = torch.randn(2, requires_grad=True)
x = torch.tensor([1.0, 2.0])
hidden = torch.tanh(x * w)
for epoch in range(2):
    loss = (hidden * w).sum()
    print(epoch, loss.item())
    loss.backward()
    print(w.grad)
