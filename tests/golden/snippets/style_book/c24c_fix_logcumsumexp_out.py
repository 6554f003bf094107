# Section 6.E (proof for the engine fix): logcumsumexp takes out=
import torch
f32 = torch.tensor([0.0, 1.0, 2.0])
for odt in (torch.float32, torch.float64, torch.int64):
    out = torch.empty(0, dtype=odt)
    try:
        r = torch.logcumsumexp(f32, 0, out=out)
        print(r, r is out)
    except RuntimeError as e:
        print("RuntimeError:", e)
out = torch.zeros(2)
print(torch.logcumsumexp(torch.zeros(3), dim=0, out=out), out.shape)
try:
    torch.logcumsumexp(torch.zeros(3, requires_grad=True), 0, out=torch.empty(3))
except RuntimeError as e:
    print("RuntimeError:", e)
