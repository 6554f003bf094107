# Quiz 17: which of these can require grad?
import torch

for dt in (torch.float32, torch.float16, torch.int64, torch.bool, torch.complex64):
    try:
        t = torch.zeros(2, dtype=dt, requires_grad=True)
        print(dt, "ok", t.requires_grad)
    except RuntimeError as e:
        print(dt, "RuntimeError:", e)
x = torch.arange(3)
try:
    x.requires_grad_()
except RuntimeError as e:
    print(e)
