# my gradients keep growing every iteration??
import torch

torch.manual_seed(1)
w = torch.randn(3, requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0])
for step in range(4):
    loss = (w * x).sum() ** 2
    loss.backward()
    print(step, loss.item(), w.grad)
    # forgot w.grad.zero_() here
w.grad = None
loss = (w * x).sum() ** 2
loss.backward()
print("fresh", w.grad)
