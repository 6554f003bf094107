# resize_ of a tensor on numpy's memory (from_numpy, as_tensor): PyTorch cannot grow a storage it
# does not own and says so; shrinking, or a copy made by torch.tensor, resizes freely.
import numpy as np, torch
a = np.zeros(6, dtype=np.float32)
t = torch.from_numpy(a)
for label, f in [("grow", lambda: torch.from_numpy(np.zeros(3, np.float32)).resize_(6)),
                 ("shrink", lambda: torch.from_numpy(np.zeros(3, np.float32)).resize_(2).shape),
                 ("as_tensor", lambda: torch.as_tensor(np.zeros(3)).resize_(4)),
                 ("view_within", lambda: torch.from_numpy(a)[:2].resize_(2, 2).shape),
                 ("slice_np", lambda: torch.from_numpy(np.arange(10.0)[4:]).resize_(7)),
                 ("tensor_copy", lambda: torch.tensor(np.zeros(3)).resize_(5).shape),
                 ("numpy_of_tensor", lambda: torch.from_numpy(torch.zeros(3).numpy()).resize_(5))]:
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
