import torch
print(torch._tensor_str.PRINT_OPTS)
torch.set_printoptions(precision=2, sci_mode=True)
print(torch._tensor_str.PRINT_OPTS, torch._tensor_str.get_printoptions())
torch.set_printoptions(profile="full")
opts = torch._tensor_str.PRINT_OPTS
print(opts.threshold, opts.precision, type(opts).__name__)
opts.precision = 6
print(torch.tensor([1 / 3]))
with torch._tensor_str.printoptions(precision=1):
    print(torch.tensor([1 / 3]))
print(torch.tensor([2 / 3]))
import torch._tensor_str as ts
print(ts.PRINT_OPTS is opts, hasattr(torch, "get_printoptions"), "_tensor_str" in dir(torch))
