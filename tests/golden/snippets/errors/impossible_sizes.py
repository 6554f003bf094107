import torch

# Sizes whose bytes or strides do not fit in 64 bits, and a range too long to count
for make in ("torch.ones(2**31, 2**31)", "torch.zeros(2**61, 4, dtype=torch.float64)",
             "torch.empty(2**62, 2**62, 0)", "torch.full((2**31, 2**31), 1.)",
             "torch.rand(2**31, 2**31)", "torch.randn(2**31, 2**31)",
             "torch.zeros(2**60, 8, dtype=torch.bool)", "torch.zeros(0, 2**62, 2**62)",
             "torch.arange(0, 1e20)", "torch.arange(2**62)"):
    try:
        eval(make)
    except RuntimeError as e:
        print(make, "->", e)
