# Q: formatting training logs: f-strings with tensors, :.4f on a 0-d tensor, and printing lists of losses.
import torch

torch.manual_seed(0)
loss = torch.tensor(0.123456789)
acc = torch.tensor(0.875)
print(f"loss={loss:.4f} acc={acc:.2%}")
print(f"loss={loss.item():.4f}, {loss!r}, {loss!s}")
print("epoch {:3d} | loss {:8.5f}".format(3, loss))
print("%.3f" % loss, "%d" % torch.tensor(7), "%s" % torch.tensor([1, 2]))
vec = torch.tensor([0.5, 1.5])
try:
    print(f"{vec:.2f}")
except (TypeError, RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(f"{vec}", f"{torch.tensor(3):05d}", f"{torch.tensor(2.5):e}")
print(round(loss.item(), 3), str(round(acc.item() * 100, 1)) + "%")
print(torch.tensor(12345.6789).item().__format__(",.2f"))
