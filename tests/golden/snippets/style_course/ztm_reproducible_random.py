# Zero-to-mastery-style reproducibility: two random tensors differ unless the seed is reset before each.
import torch

random_tensor_A = torch.rand(3, 4)
random_tensor_B = torch.rand(3, 4)
print(f"Does Tensor A equal Tensor B? (anywhere)")
print((random_tensor_A == random_tensor_B).any())
RANDOM_SEED = 42
torch.manual_seed(seed=RANDOM_SEED)
random_tensor_C = torch.rand(3, 4)
torch.random.manual_seed(seed=RANDOM_SEED)
random_tensor_D = torch.rand(3, 4)
print(random_tensor_C)
print(random_tensor_C == random_tensor_D)
print(torch.initial_seed())
g = torch.Generator().manual_seed(RANDOM_SEED)
print(torch.equal(torch.rand(3, 4, generator=g), random_tensor_C))
print(torch.cuda.is_available(), torch.cuda.device_count())
tensor = torch.tensor([1, 2, 3])
print(tensor.device, tensor.cpu().numpy())
