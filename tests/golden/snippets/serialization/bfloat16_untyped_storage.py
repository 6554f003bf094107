import torch

b = torch.tensor([1.5, -2.0, 3.25], dtype=torch.bfloat16)
s = b.untyped_storage()
print(s.size(), s.nbytes(), len(s), s.tolist())
print(b.element_size(), b.nbytes, b[1:].untyped_storage().size())
print(torch.zeros(5, dtype=torch.bfloat16).untyped_storage().size(), torch.zeros(5, dtype=torch.float16).untyped_storage().size())
print(torch.tensor([1.0], dtype=torch.bfloat16).untyped_storage())
