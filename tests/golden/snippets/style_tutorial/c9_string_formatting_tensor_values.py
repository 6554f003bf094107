# Printing training progress: f-strings with .item(), format specs on tensors, tolist, and rounding.
import torch

torch.manual_seed(0)
loss = torch.tensor(0.123456789)
acc = torch.tensor(0.875)
print(f"loss: {loss.item():.4f}, acc: {acc.item():.2%}")
print(f"loss: {loss:.3f}")
print("loss: %.5f" % loss.item(), "loss: {:.2e}".format(loss.item()))
print(f"{loss}", f"{loss!r}", str(loss), loss.item())
print(round(loss.item(), 3), round(float(acc), 1), int(torch.tensor(3.99)))
v = torch.tensor([0.1234, 2.5, -1.0])
print([f"{t:.2f}" for t in v.tolist()], v.tolist())
print(", ".join(f"{t.item():+.1f}" for t in v))
try:
    print(f"{v:.2f}")
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
print(f"{torch.tensor(5):d}", f"{torch.tensor(5):04d}", f"{torch.tensor(True)}")
print(torch.tensor(1 / 3).item() == 1 / 3, torch.tensor(1 / 3, dtype=torch.float64).item() == 1 / 3)
print(f"{'epoch':>6} | {'loss':>8}")
for epoch, l in enumerate(torch.tensor([1.0, 0.5, 0.25])):
    print(f"{epoch:>6} | {l:>8.4f}")
