import torch

loss = torch.tensor([0.3, 0.7])
try:
    if loss < 0.5:
        print("small")
except Exception as e:
    print(type(e).__name__, e)
if (loss < 0.5).any():
    print("some small")
try:
    loss.item()
except Exception as e:
    print(type(e).__name__, e)
try:
    print(loss == [0.3, 0.7])
except Exception as e:
    print(type(e).__name__, e)
print(bool(torch.tensor([1])), bool(torch.tensor(0.0)))
try:
    bool(torch.tensor([]))
except Exception as e:
    print(type(e).__name__, e)
