# Operations PyTorch has no sparse kernel for: the errors it raises
import torch

s = torch.sparse_coo_tensor([[0, 1, 1], [2, 0, 2]], [3.0, 4.0, 5.0], (2, 3))
calls = {"exp": lambda: s.exp(), "torch.exp": lambda: torch.exp(s), "view": lambda: s.view(6),
         "reshape": lambda: s.reshape(6), "mean": lambda: s.mean(), "max": lambda: s.max(),
         "contiguous": lambda: s.contiguous(), "eq": lambda: s == s, "numpy": lambda: s.numpy(),
         "tolist": lambda: s.tolist(), "item": lambda: s.item(), "indices": lambda: s.indices(),
         "values": lambda: s.values(), "softmax": lambda: s.softmax(0), "clamp_min_": lambda: s.clamp_min_(0.5),
         "relu_": lambda: s.relu_(), "flatten": lambda: s.flatten(), "data_ptr": lambda: s.data_ptr()}
for name, call in calls.items():
    try:
        call()
        print(name, "ran")
    except Exception as err:
        print(name, type(err).__name__, str(err).splitlines()[0], len(str(err)))
