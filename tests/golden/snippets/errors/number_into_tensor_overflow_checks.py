# A Python number written into a tensor (x[i] = v, fill_, full, masked_fill_, index_fill_, clamp, where, pow):
# c10's overflow check by dtype (-255..-1 wrap into uint8; floats must lie in range; inf/NaN only into floats).
import torch
for dt, v in [(torch.uint8, 300), (torch.uint8, -1), (torch.uint8, -256), (torch.uint8, -257), (torch.int8, 200), (torch.int8, -129), (torch.int32, 2**40), (torch.int16, 1e6), (torch.uint8, 255.9), (torch.uint8, -0.5), (torch.int64, 2**63), (torch.float16, 1e6), (torch.bool, 300), (torch.uint8, 2.5e2), (torch.int8, float('inf')), (torch.uint8, float('nan')), (torch.int32, -2.5), (torch.float32, 1e300)]:
    t = torch.zeros(3, dtype=dt)
    for k in ['t[0] = v', 't[1:] = v', 't.fill_(v)', 't[torch.tensor([0])] = v', 't[t == 0] = v', 'torch.full((2,), v, dtype=dt)', 't.masked_fill_(t == 0, v)', 't.index_fill_(0, torch.tensor([1]), v)']:
        try:
            exec(k); print(dt, v, k, t.tolist())
        except Exception as e: print(dt, v, k, type(e).__name__, e)
t = torch.tensor([1, 2], dtype=torch.int32)
for k in ['t.clamp(0, 2**40)', 'torch.where(t > 1, t, 2**40)', 't.pow(2**40)', 'torch.full((2,), 300, dtype=torch.uint8)', 'torch.full((2,), -3, dtype=torch.uint8)', 't.masked_fill(t > 1, 3.5)', 't.index_fill(0, torch.tensor([0]), -2.9)', 'torch.zeros(2, dtype=torch.uint8).fill_(-255)', 'torch.zeros(2, dtype=torch.bfloat16).fill_(1e39)', 'torch.zeros(2, dtype=torch.bfloat16).fill_(3e38)', 'torch.zeros(2, dtype=torch.float16).fill_(float("inf"))', 'torch.zeros(2, dtype=torch.float16).fill_(65504.0)', 'torch.zeros(2, dtype=torch.float16).fill_(65520.0)', 'torch.zeros(2, dtype=torch.int64).fill_(2**63)', 'torch.zeros(2).fill_(2**63)']:
    try:
        print(k, eval(k))
    except Exception as e:
        print(k, type(e).__name__, e)
