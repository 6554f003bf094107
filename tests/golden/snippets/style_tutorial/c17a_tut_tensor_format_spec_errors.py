# f-string format specs on tensors: fine for one element, an error for several
import torch

loss = torch.tensor(0.123456)
print(f"{loss:.3f}", f"{loss}", "{:.2e}".format(loss))
one = torch.tensor([2.5])
print(f"{one.item():.1f}", f"{one}")
vec = torch.tensor([1.0, 2.0])
try:
    print(f"{vec:.2f}")
except TypeError as e:
    print("TypeError:", e)
n = torch.tensor(7)
print(f"{n:03d}", f"{n:>5}")
print(f"{torch.tensor(True)}", format(torch.tensor(1.5), ""))
