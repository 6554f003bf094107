# Q: float(t), int(t) and bool(t) on tensors with one and with several elements.
import torch

t = torch.tensor([1.5, 2.5])
for convert in (float, int, bool):
    try:
        print(convert(t))
    except (ValueError, RuntimeError, TypeError) as e:
        print(convert.__name__, type(e).__name__, e)
one = torch.tensor([[3.7]])
print(float(one), int(one), bool(one), one.item(), complex(one))
print(int(torch.tensor(-2.9)), round(torch.tensor(2.5).item()), round(torch.tensor(2.567).item(), 2))
print(t.tolist(), one.tolist(), torch.tensor(7).tolist())
print(torch.tensor(0.1).item(), torch.tensor(0.1).tolist(), torch.tensor([0.1, 0.2]).tolist())
