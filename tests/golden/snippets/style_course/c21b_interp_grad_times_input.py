# gradient x input attribution for a linear model should equal w * x exactly
import torch

torch.manual_seed(3)
w = torch.randn(5)
b = torch.tensor(0.5)
x = torch.randn(5, requires_grad=True)
score = (w * x).sum() + b
score.backward()
attr = x.grad * x.detach()
print("grad:", x.grad)
print("grad*input:", attr)
print(torch.allclose(attr, w * x.detach()))
print("sum of attributions", attr.sum().item(), "score minus bias", (score - b).item())
