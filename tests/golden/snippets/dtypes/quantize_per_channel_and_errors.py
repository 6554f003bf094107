# quantize_per_channel, and what PyTorch refuses on quantized tensors
import torch

w = torch.tensor([[0.1, -0.5, 0.9, 0.033], [2.0, 0.3, -0.07, -1.234], [0.5, 0.25, -0.125, 7.0]])
qc = torch.quantize_per_channel(w, torch.tensor([0.01, 0.02, 0.07]), torch.tensor([0, 5, -3]), 0, torch.qint8)
print(qc)
print(qc.int_repr(), qc.q_per_channel_scales(), qc.q_per_channel_zero_points(), qc.q_per_channel_axis())
print(qc.qscheme(), qc.dequantize())
q = torch.quantize_per_tensor(torch.tensor([-1.0, 0.5, 2.0]), 0.1, 3, torch.qint8)
for expr in ["q + 1", "q + q", "q * 2", "q.sum()", "q.float()", "q.to(torch.float32)", "q.abs()", "q.numpy()",
             "q.tolist()", "q.requires_grad_()", "q.q_per_channel_scales()", "qc.q_scale()",
             "torch.quantize_per_tensor(w, 0.1, 300, torch.qint8)", "torch.quantize_per_tensor(w, 0.1, -1, torch.quint8)",
             "torch.quantize_per_tensor(w.double(), 0.1, 0, torch.qint8)",
             "torch.quantize_per_tensor(w, 0.1, 0, torch.float32)", "w.to(torch.qint8)", "torch.iinfo(torch.qint8)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!", type(e).__name__, str(e)[:160])
