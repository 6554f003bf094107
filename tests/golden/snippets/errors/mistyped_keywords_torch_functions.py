# Habits from NumPy and other libraries typed into torch functions: which keyword does torch want?
import torch

x = torch.arange(6.0).reshape(2, 3)
attempts = {
    "add inplace": lambda: torch.add(x, x, inplace=True),
    "exp with a dim": lambda: torch.exp(x, dim=0),
    "arccos alias": lambda: torch.arccos(x / 10, dtype=torch.float64),
    "matmul other name": lambda: torch.matmul(x, mat2=x.T),
    "clamp minimum": lambda: torch.clamp(x, minimum=0.0),
    "eq keepdim": lambda: torch.eq(x, x, keepdim=True),
    "mul scale only": lambda: torch.mul(x, scale=2),
    "lerp weights": lambda: torch.lerp(x, x, weights=0.5),
    "maximum axis": lambda: torch.maximum(x, x, axis=0),
    "greater_equal alias": lambda: torch.greater_equal(x, value=1),
    "sqrt two tensors": lambda: torch.sqrt(x, x),
    "topk without k": lambda: torch.topk(x, largest=True),
    "triu_indices a tensor": lambda: torch.triu_indices(x, 3, diag=1),
    "addmv unknown": lambda: torch.addmv(x, bias=x),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(f"{name}: {e}")
