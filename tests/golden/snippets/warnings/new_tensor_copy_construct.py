# Tensor.new_tensor(tensor) gives the copy-construct advice in its own words.
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x.new_tensor(x), x.new_tensor([3, 4]), x.new_tensor(x, dtype=torch.float64, requires_grad=True))
print(torch.tensor(x.detach()), torch.ones(2, dtype=torch.int64).new_tensor(torch.tensor([1.5])))
