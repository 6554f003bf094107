import torch

t = torch.tensor(3.14159)
print(f"{t.item():.3f}")
print(f"{t}")
print(f"value: {t:.2f}")
print(format(t, ".2f"))
print(format(torch.tensor(7), "d"))
print(f"{torch.tensor([1., 2.])}")
print("loss = {:.4f}".format(torch.tensor(0.123456)))
print(f"{t!r}", f"{t!s}")
