import torch

# Exam B3-6. Give the shape after each transpose-like call on a batch of complex matrices.
batch = torch.zeros(5, 2, 3, dtype=torch.complex64)
print("mT:", tuple(batch.mT.shape), "mH:", tuple(batch.mH.shape))
print("transpose(-2, -1):", tuple(batch.transpose(-2, -1).shape))
print("movedim(0, -1):", tuple(batch.movedim(0, -1).shape))
sq = torch.tensor([[1 + 1j, 2], [3, 4 - 2j]])
print(sq.mH)
print(torch.adjoint(sq).equal(sq.mH), sq.mH.is_conj())
