# What PyTorch's kernels refuse: floor division and remainder of bools, isin of bools, a negative
# std, no bins, index results into a float out=, sum/median with out= but no dim.
import torch

mask = torch.tensor([True, False])
x = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
for src in ["mask // mask", "mask % mask", "torch.fmod(mask, True)", "torch.div(mask, mask, rounding_mode='trunc')",
            "torch.isin(mask, mask)", "torch.normal(x, -1.0)", "torch.normal(0.0, torch.tensor([1.0, -1e-7]))",
            "torch.normal(0.0, -0.5, (2,))", "x.histc(0)", "torch.histogram(torch.tensor([1, 2]))",
            "torch.argmax(x, out=torch.empty(1))", "torch.nonzero(x, out=torch.empty(0))",
            "torch.sum(x, out=torch.empty(()))", "torch.median(x, out=torch.empty(()))", "torch.chunk(x, True)",
            "x.sum_to_size()", "torch.block_diag(x, out=torch.empty(0))"]:
    try:
        print(src, "->", eval(src))
    except (TypeError, RuntimeError, NotImplementedError) as e:
        print(src, "->", type(e).__name__, str(e).splitlines()[0])
print(mask % 2, torch.sum(x, 1, out=torch.empty(2)), torch.argmax(x, out=torch.empty((), dtype=torch.long)))
