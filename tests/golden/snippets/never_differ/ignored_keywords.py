import torch
try: torch.randperm(3, requires_grad=True)
except Exception as e: print(type(e).__name__, e)
print(torch.linalg.vector_norm(torch.tensor([3., 4.]), dtype=torch.float64))
