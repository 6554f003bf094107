import torch

# an advanced-indexing result is laid out as its (strided, transposed) input, not as numpy lays it out
base = torch.arange(24.).reshape(4, 6)
cases = {"c[:, i]": lambda: base[:, [0, 2]], "nc[:, i]": lambda: base[:, ::2][:, [0, 2]], "nc[i]": lambda: base[:, ::2][[0, 2]],
         "t[:, i]": lambda: base.t()[:, [0, 2]], "t[i]": lambda: base.t()[[1, 0]], "t[i, :]": lambda: base.t()[[1, 0], :],
         "nc[i, j]": lambda: base[:, ::2][[0, 1], [1, 2]], "3d": lambda: torch.arange(24.).reshape(2, 3, 4)[:, :, ::2][:, [0, 2]],
         "3dT": lambda: torch.arange(24.).reshape(2, 3, 4).transpose(0, 2)[:, [0, 2]], "3dT2": lambda: torch.arange(24.).reshape(2, 3, 4).transpose(0, 2)[[0, 1], :, [1, 0]],
         "nc[::, i] 3d": lambda: torch.arange(48.).reshape(2, 4, 6)[:, ::2, :][..., [1, 3]], "step": lambda: base[::2][:, [0, 1]]}
for k, f in cases.items():
    r = f()
    print(k, tuple(r.shape), r.stride(), r.is_contiguous(), r.tolist() == f().contiguous().tolist())
