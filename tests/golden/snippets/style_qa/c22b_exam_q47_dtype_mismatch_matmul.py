import torch

# Q47. Which operations fail because of mixed dtypes?
a = torch.ones(2, 2)
b = torch.ones(2, 2, dtype=torch.float64)
i = torch.ones(2, 2, dtype=torch.int64)
print((a + b).dtype)
for name, fn in [("matmul f32@f64", lambda: a @ b), ("matmul f32@i64", lambda: a @ i), ("mm", lambda: torch.mm(i, i))]:
    try:
        print(name, fn().dtype)
    except RuntimeError as e:
        print(name, "->", e)
