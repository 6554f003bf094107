# addmm/addmv/baddbmm: the added term's dtype and size checks, in PyTorch's order.
import torch
f, d, h, l = torch.float32, torch.float64, torch.float16, torch.int64
for sd, m1, m2 in [(d, f, f), (f, d, d), (d, f, d), (h, f, f), (l, f, f), (f, d, f), (d, d, f)]:
    for shape in [(2, 2), (2,), (1,), ()]:
        try:
            r = torch.addmm(torch.zeros(shape, dtype=sd), torch.ones(2, 3, dtype=m1), torch.ones(3, 2, dtype=m2))
            print("ok", r.dtype)
        except RuntimeError as e:
            print("RuntimeError:", e)
for sd in [d, l]:
    try:
        torch.addmv(torch.zeros(2, dtype=sd), torch.ones(2, 3), torch.ones(3))
        print("ok")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        torch.baddbmm(torch.zeros(2, dtype=sd), torch.ones(1, 2, 3), torch.ones(1, 3, 2))
        print("ok")
    except RuntimeError as e:
        print("RuntimeError:", e)
f, d = torch.float32, torch.float64
for a, b, c in [(f, d, f), (f, f, d), (d, d, f), (d, f, d)]:
    try:
        torch.addmv(torch.zeros(2, dtype=a), torch.ones(2, 3, dtype=b), torch.ones(3, dtype=c))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        torch.baddbmm(torch.zeros(2, dtype=a), torch.ones(1, 2, 3, dtype=b), torch.ones(1, 3, 2, dtype=c))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        torch.addmv(torch.zeros(5, dtype=a), torch.ones(2, 3, dtype=b), torch.ones(3, dtype=c))
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    torch.addmv(torch.zeros(2, dtype=d), torch.ones(2, 4), torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.baddbmm(torch.zeros(2, dtype=d), torch.ones(1, 2, 4), torch.ones(1, 3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.addmm(torch.zeros(2, dtype=d), torch.ones(2, 4), torch.ones(3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.addmm(torch.zeros(5), torch.ones(2, 4, dtype=d), torch.ones(3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
for inp, m, v in [((2,), (2, 3), (3,)), ((1,), (2, 3), (3,)), ((), (2, 3), (3,)), ((5,), (2, 3), (3,)), ((2, 1), (2, 3), (3,)),
                  ((2,), (2, 3), (4,)), ((2,), (3,), (3,)), ((2,), (2, 3), (1, 3)), ((1, 1), (2, 3), (3,))]:
    try:
        print(torch.addmv(torch.ones(inp), torch.ones(m), torch.ones(v)))
    except RuntimeError as e:
        print("RuntimeError:", e)
