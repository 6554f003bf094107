# Practice sheet 2, task 2: which operations share memory with the original?
import torch

x = torch.arange(6.)
results = {
    "view": x.view(2, 3), "reshape": x.reshape(3, 2), "clone": x.clone(),
    "slice": x[1:4], "index_list": x[[1, 2]], "t": x.view(2, 3).t(), "detach": x.detach(),
    "flatten": x.flatten(), "contiguous": x.contiguous(),
}
for name, r in results.items():
    print(f"{name:10s} shares={r.data_ptr() == x.data_ptr() or r.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()}")
x[2] = 100
print(results["slice"], results["index_list"])
