# torch.distributions.utils: the shared probability helpers and lower-triangular packing
import torch
import torch.distributions.utils as U
from torch.distributions.utils import clamp_probs, logits_to_probs, probs_to_logits, tril_matrix_to_vec, vec_to_tril_matrix

print(U.euler_constant, U.lazy_property, U.broadcast_all(torch.tensor([1.0, 2.0]), 3.0))
print(clamp_probs(torch.tensor([0.0, 0.25, 1.0])), probs_to_logits(torch.tensor([0.25, 0.5]), is_binary=True))
print(logits_to_probs(torch.tensor([[0.0, 1.0, 2.0]])), probs_to_logits(torch.tensor([0.0, 1.0])))
m = torch.arange(9.0).reshape(3, 3)
print(tril_matrix_to_vec(m), tril_matrix_to_vec(m, diag=-1), tril_matrix_to_vec(m, 1))
print(vec_to_tril_matrix(torch.arange(1.0, 7.0)), vec_to_tril_matrix(torch.arange(1.0, 4.0), diag=-1))
for attempt in (lambda: tril_matrix_to_vec(m, 3), lambda: vec_to_tril_matrix(torch.arange(5.0)), lambda: U.nope):
    try:
        attempt()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
print(torch.distributions.utils is U, clamp_probs.__module__)
