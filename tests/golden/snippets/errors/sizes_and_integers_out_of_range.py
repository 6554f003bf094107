import torch

# A negative size for zeros (its own words) and for ones; integers past int64 in data
for make in ("torch.zeros(-1)", "torch.zeros(2, -3)", "torch.ones(2, -3)", "torch.tensor(2**70)",
             "torch.tensor([1, 2**63])", "torch.tensor(-2**63 - 1)", "torch.tensor([[1], [2**64]])"):
    try:
        eval(make)
    except (RuntimeError, ValueError) as e:
        print(make, "->", type(e).__name__, e)
print(torch.tensor([2**63 - 1, -2**63]))
print(torch.tensor([1.5, 2**70]))
