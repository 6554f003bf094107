# Quiz C21: the gradient of BCE-with-logits is sigmoid(z) - y
import torch
import torch.nn.functional as F

z = torch.tensor([0.0, 2.0, -1.0], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0])
F.binary_cross_entropy_with_logits(z, y, reduction="sum").backward()
print(z.grad)
print(torch.sigmoid(z.detach()) - y)
