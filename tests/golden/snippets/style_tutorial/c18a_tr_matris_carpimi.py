# Matris çarpımı: @, matmul, mm ve eleman bazında çarpım farkı
import torch

A = torch.tensor([[1., 2.], [3., 4.]])
B = torch.tensor([[0., 1.], [1., 0.]])
print("Eleman bazında çarpım:\n", A * B)
print("Matris çarpımı (@):\n", A @ B)
print("torch.mm ile aynı mı?", torch.equal(A @ B, torch.mm(A, B)))
vektör = torch.tensor([1., -1.])
print("Matris-vektör:", A.matmul(vektör))
print("İç çarpım:", torch.dot(vektör, vektör))
print("Transpoz:\n", A.T)
