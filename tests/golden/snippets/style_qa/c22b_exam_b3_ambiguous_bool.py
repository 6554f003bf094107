import torch

# Exam B3-2. Which Python builtins work on tensors?
v = torch.tensor([3.0, -1.0, 2.0])
try:
    if v > 0:
        print("positive")
except RuntimeError as e:
    print(e)
print(sum(v), max(v), min(v).item())
print(bool(torch.tensor([0.0])), bool(torch.tensor(2)))
s = torch.tensor(5.0)
for fn in (len, iter):
    try:
        fn(s)
    except TypeError as e:
        print("TypeError:", e)
print(len(v), list(v))
