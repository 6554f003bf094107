# sparse_coo_tensor's checks: sizes, nnz, check_invariants
import torch

i = torch.tensor([[0, 1, 1], [2, 0, 2]])
v = torch.tensor([3.0, 4.0, 5.0])
for call in (lambda: torch.sparse_coo_tensor(i, v, (2, 2), check_invariants=True),
             lambda: torch.sparse_coo_tensor(torch.tensor([[0, -1]]), torch.tensor([1.0, 2.0]), (3,),
                                             check_invariants=True),
             lambda: torch.sparse_coo_tensor(torch.tensor([[0, 1]]), torch.tensor([1.0, 2.0, 3.0]), (3,)),
             lambda: torch.sparse_coo_tensor(torch.tensor([0, 1]), torch.tensor([1.0, 2.0]), (3,)),
             lambda: torch.sparse_coo_tensor(i, v, (2, 3, 4))):
    try:
        call()
    except RuntimeError as e:
        print(e)
s = torch.sparse_coo_tensor(i, v, (2, 3), check_invariants=True, requires_grad=True)
print(s)
print(s.requires_grad, s.is_leaf, s.grad_fn)
