# Q: formatting tensors in f-strings: :.2f works on one element, not on several; how to print rounded lists.
import torch

loss = torch.tensor(0.123456)
acc = torch.tensor([0.5, 0.25])
print(f"{loss}", f"{loss:.3f}", f"{loss.item():.3e}", "%.2f" % loss)
try:
    print(f"{acc:.2f}")
except (TypeError, RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(f"{acc}", str(acc), repr(acc))
print([f"{a:.2f}" for a in acc.tolist()], [round(a, 2) for a in acc.tolist()])
print("{:>10}".format(str(loss.item())), "{:.1%}".format(acc[0].item()))
print(f"{torch.tensor(3)}", f"{torch.tensor(3):04d}", f"{torch.tensor(True)}")
x = torch.tensor(2.0, requires_grad=True)
print(f"{x * 2}", f"{(x * 2):.1f}")
