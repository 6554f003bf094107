import torch

# Q31. Which of these calls succeed?
v = torch.tensor([1.5, 2.5])
try:
    v.item()
except RuntimeError as e:
    print("item:", e)
print(v[0].item(), v.sum().item())
try:
    float(v)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(float(v[1]), int(torch.tensor([7])))
