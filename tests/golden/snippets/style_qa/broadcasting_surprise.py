# A column minus a row gives a matrix, not an element-wise difference.
import torch

y = torch.tensor([[1.0], [2.0], [3.0]])
y_hat = torch.tensor([1.5, 2.5, 2.0])
diff = y - y_hat
print(diff.shape)
print(diff)
print((y.squeeze() - y_hat).abs().mean(), ((y - y_hat) ** 2).mean())
print(torch.ones(2, 3) + torch.ones(3))
try:
    torch.ones(2, 3) + torch.ones(2)
except RuntimeError as e:
    print(e)
