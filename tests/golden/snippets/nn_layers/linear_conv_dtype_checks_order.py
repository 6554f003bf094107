# F.linear's bias meets addmm's dtype check; conv checks the bias dtype first, the bias size, then the weight dtype after the sizes.
import torch
import torch.nn.functional as F
x = torch.randn(2, 3)
w = torch.ones(1, 3)
bd = torch.zeros(1, dtype=torch.float64)
for args in [(x, w, bd), (x[0], w, bd), (x.view(1, 2, 3), w, bd), (x.double(), w.double(), torch.zeros(1)),
             (x, w, torch.zeros(1, dtype=torch.float16)), (x, w.double(), None), (x, w, torch.zeros(1, dtype=torch.int64)),
             (x.view(1, 2, 3), w, torch.zeros(1, dtype=torch.float16))]:
    try:
        r = F.linear(*args)
        print("ok", r.dtype)
    except RuntimeError as e:
        print("RuntimeError:", e)
for cls, shape in [(torch.nn.Conv1d, (1, 1, 4)), (torch.nn.Conv2d, (1, 1, 4, 4))]:
    c = cls(1, 1, 2)
    for inp in [torch.ones(shape, dtype=torch.float64), torch.ones(shape, dtype=torch.float16), torch.ones(shape, dtype=torch.int64)]:
        try:
            c(inp)
        except RuntimeError as e:
            print("RuntimeError:", e)
    c2 = cls(1, 1, 2, bias=False)
    try:
        c2(torch.ones(shape, dtype=torch.float64))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        F.conv1d(torch.ones(1, 1, 4), torch.ones(1, 1, 2), torch.zeros(1, dtype=torch.float64)) if cls is torch.nn.Conv1d else F.conv2d(torch.ones(shape), torch.ones(1, 1, 2, 2, dtype=torch.float64), torch.zeros(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
for fn, args in [(F.conv2d, (torch.ones(4, 4, dtype=torch.float64), torch.ones(1, 1, 2, 2), torch.zeros(1))),
             (F.conv2d, (torch.ones(1, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.zeros(2))),
             (F.conv2d, (torch.ones(1, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.zeros(1, 1))),
             (F.conv2d, (torch.ones(1, 2, 4, 4, dtype=torch.float64), torch.ones(1, 1, 2, 2))),
             (F.conv1d, (torch.ones(4, dtype=torch.float64), torch.ones(1, 1, 2), torch.zeros(1))),
             (F.conv1d, (torch.ones(1, 1, 4), torch.ones(1, 1, 2), torch.zeros(3))),
             (F.conv1d, (torch.ones(1, 2, 4, dtype=torch.float64), torch.ones(1, 1, 2))),
             (F.conv1d, (torch.ones(1, 1, 1, dtype=torch.float64), torch.ones(1, 1, 2))),
             (F.conv1d, (torch.ones(1, 1, 4, dtype=torch.bool), torch.ones(1, 1, 2))),
             (F.conv2d, (torch.ones(1, 1, 4, 4, dtype=torch.bool), torch.ones(1, 1, 2, 2), torch.zeros(1, dtype=torch.bool))),
             (F.conv2d, (torch.ones(1, 1, 4, 4, dtype=torch.int64), torch.ones(1, 1, 2, 2, dtype=torch.int64))),
             ]:
    try:
        print("ok", fn(*args).dtype)
    except RuntimeError as e:
        print("RuntimeError:", e)
