# dim vermeden softmax: uyarı ve doğru kullanım
import torch
import torch.nn.functional as F

skorlar = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
olasılık = F.softmax(skorlar)
print("dim verilmeden:", olasılık)
print("dim=1 ile:", F.softmax(skorlar, dim=1))
print("dim=0 ile:", F.softmax(skorlar, dim=0))
