import torch

# Q36. Which of these can be viewed as a flat vector without a copy?
base = torch.arange(12.0).reshape(3, 4)
for label, t in [("base", base), ("base[:, 1:]", base[:, 1:]), ("base.T", base.T), ("base[1]", base[1]), ("base[::2]", base[::2])]:
    try:
        t.view(-1)
        ok = "view ok"
    except RuntimeError:
        ok = "view fails"
    print(f"{label:12s} contiguous={t.is_contiguous()!s:5s} stride={t.stride()} {ok}")
flat = base.T.reshape(-1)
print(flat[:4], flat.data_ptr() == base.data_ptr())
