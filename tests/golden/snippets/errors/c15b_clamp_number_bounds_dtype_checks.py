# clamp with number bounds: in place and out= check the dtype in the kernel's own words; tensor bounds do not.
import torch

x = torch.tensor([-3, 0, 4, 9])
f = torch.tensor([0.2, 3.0])
calls = [("clamp_(0.5, 2.5)", lambda: x.clone().clamp_(0.5, 2.5)), ("clamp_min_(0.5)", lambda: x.clone().clamp_min_(0.5)),
         ("clamp_max_(1.5)", lambda: x.clone().clamp_max_(1.5)), ("clip_ int32", lambda: x.int().clip_(0.5, 1)),
         ("uint8", lambda: x.clamp(0).to(torch.uint8).clamp_(0.5)), ("bool", lambda: torch.tensor([True]).clamp_(0.5)),
         ("torch.clamp_", lambda: torch.clamp_(x.clone(), 0.5)), ("tensor bound", lambda: x.clone().clamp_(torch.tensor(0.5), None)),
         ("int bounds", lambda: x.clone().clamp_(0, 2)),
         ("out double", lambda: torch.clamp(f, 0.5, 1.5, out=torch.empty(2, dtype=torch.float64))),
         ("out float for long", lambda: torch.clamp(x, 0, 1, out=torch.empty(4))),
         ("out float", lambda: torch.clamp(x, 0.5, out=torch.empty(4))),
         ("out long", lambda: torch.clip(x, 0.5, 1.5, out=torch.empty(4, dtype=torch.long))),
         ("out half", lambda: torch.clamp(f, max=1.0, out=torch.empty(2, dtype=torch.float16))),
         ("out tensor bound", lambda: torch.clamp(f, torch.tensor(0.5), out=torch.empty(2, dtype=torch.float64))),
         ("clamp_min out", lambda: torch.clamp_min(f, 0.5, out=torch.empty(2, dtype=torch.int64)))]
for text, call in calls:
    try:
        print(text, call())
    except RuntimeError as e:
        print(text, e)
